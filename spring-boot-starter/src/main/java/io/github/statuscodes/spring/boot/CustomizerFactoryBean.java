package io.github.statuscodes.spring.boot;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Makes one Boot customizer bean ({@link BootCustomizers}): a JDK proxy of the customizer
 * interface named by its first argument that applies the {@link BootCustomizers.Customization}
 * named by its second. Plain constructor arguments, so that ahead-of-time processing can write
 * the bean definition as code.
 *
 * @param <T> the customizer interface
 */
final class CustomizerFactoryBean<T> implements FactoryBean<T>, BeanFactoryAware {
    private final Class<T> type;
    private final BootCustomizers.Customization customization;
    private BeanFactory beanFactory;

    @SuppressWarnings("unchecked")
    CustomizerFactoryBean(String type, String customization) {
        this.type = (Class<T>) ClassUtils.resolveClassName(type,
                CustomizerFactoryBean.class.getClassLoader());
        this.customization = BootCustomizers.Customization.valueOf(customization);
    }

    /** {@return the definition of the customizer bean of {@code type}} */
    static RootBeanDefinition definition(Class<?> type,
            BootCustomizers.Customization customization) {
        RootBeanDefinition d = new RootBeanDefinition(CustomizerFactoryBean.class);
        d.getConstructorArgumentValues().addIndexedArgumentValue(0, type.getName());
        d.getConstructorArgumentValues().addIndexedArgumentValue(1, customization.name());
        d.setTargetType(ResolvableType.forClassWithGenerics(CustomizerFactoryBean.class, type));
        d.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
        d.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        return d;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public T getObject() {
        BeanFactory beans = beanFactory;
        return type.cast(BootCustomizers.proxy(type, target -> customization.apply(beans,
                target)));
    }

    @Override
    public Class<T> getObjectType() {
        return type;
    }
}
